import { describe, expect, it } from "vitest";
import { customerProfileOf } from "./find-verified-customer";

function aProfile(names: {
  firstName: string | null;
  lastName: string | null;
  displayName: string;
}) {
  return {
    id: "gid://shopify/Customer/1",
    ...names,
    email: null,
    phone: null,
    tags: [],
    numberOfOrders: 1,
    amountSpent: { amount: 10, currencyCode: "USD" },
  };
}

describe("the customer's name on the ticket and in the sidebar", () => {
  it("puts a Chinese, Japanese or Korean family name first, with no space", () => {
    expect(
      customerProfileOf(aProfile({ firstName: "芳", lastName: "王", displayName: "芳 王" })).name,
    ).toBe("王芳");
    expect(
      customerProfileOf(aProfile({ firstName: "花子", lastName: "山田", displayName: "花子 山田" }))
        .name,
    ).toBe("山田花子");
    expect(
      customerProfileOf(aProfile({ firstName: "민준", lastName: "김", displayName: "민준 김" }))
        .name,
    ).toBe("김민준");
  });

  it("keeps Shopify's display name for every other name", () => {
    expect(
      customerProfileOf(
        aProfile({ firstName: "Ana", lastName: "García", displayName: "Ana García" }),
      ).name,
    ).toBe("Ana García");
    expect(
      customerProfileOf(aProfile({ firstName: "Mei", lastName: "王", displayName: "Mei 王" })).name,
    ).toBe("Mei 王");
    expect(
      customerProfileOf(
        aProfile({ firstName: null, lastName: null, displayName: "ana@example.com" }),
      ).name,
    ).toBe("ana@example.com");
  });
});
