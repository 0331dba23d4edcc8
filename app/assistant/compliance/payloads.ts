import { z } from "zod";

/** Shopify's mandatory compliance webhook bodies (shopify.dev privacy-law-compliance). */
const CustomerSchema = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  email: z.string().nullish(),
  phone: z.string().nullish(),
});

export const CustomerDataRequestSchema = z.object({
  shop_id: z.union([z.number(), z.string()]),
  shop_domain: z.string(),
  orders_requested: z.array(z.union([z.number(), z.string()])).default([]),
  customer: CustomerSchema,
  data_request: z.object({ id: z.union([z.number(), z.string()]).transform(String) }),
});
export type CustomerDataRequest = z.infer<typeof CustomerDataRequestSchema>;

export const CustomerRedactSchema = z.object({
  shop_id: z.union([z.number(), z.string()]),
  shop_domain: z.string(),
  customer: CustomerSchema,
  orders_to_redact: z.array(z.union([z.number(), z.string()])).default([]),
});
export type CustomerRedact = z.infer<typeof CustomerRedactSchema>;

export const ShopRedactSchema = z.object({
  shop_id: z.union([z.number(), z.string()]),
  shop_domain: z.string(),
});
export type ShopRedact = z.infer<typeof ShopRedactSchema>;
