import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { login } from "~/shopify.server";
import styles from "./styles.module.css";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // Shopify opens the app URL with ?shop=… when a merchant launches it: send them into the app.
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return { showForm: Boolean(login) };
}

export default function Landing() {
  const { showForm } = useLoaderData<typeof loader>();
  return (
    <main className={styles.index}>
      <div className={styles.content}>
        <h1 className={styles.heading}>Concierge: customer service that never sleeps</h1>
        <p className={styles.text}>
          Answers shoppers in their language, tracks their orders and hands over to your team in
          Zendesk when it matters.
        </p>
        {showForm && (
          <Form className={styles.form} method="post" action="/auth/login">
            <label className={styles.label}>
              <span>Shop domain</span>
              <input className={styles.input} type="text" name="shop" />
              <span>e.g: my-shop-domain.myshopify.com</span>
            </label>
            <button className={styles.button} type="submit">
              Log in
            </button>
          </Form>
        )}
        <ul className={styles.list}>
          <li>
            <strong>Every language your shoppers write in.</strong> FAQ answers, order tracking and
            product advice.
          </li>
          <li>
            <strong>Weightless storefront chat.</strong> Nothing loads until a shopper shows intent.
          </li>
          <li>
            <strong>Human hand-off to Zendesk.</strong> Full context, replies straight back into the
            chat.
          </li>
        </ul>
      </div>
    </main>
  );
}
