/**
 * Put in place of a secret in an audit detail: the log says a secret changed, never what it is.
 * A module of its own so the admin's pages can read it without the server-only audit code.
 */
export const SECRET_MARK = "[secret]";
