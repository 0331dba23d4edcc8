/** The Admin API version every commerce call is pinned to; bump deliberately, with the emulator. */
export const ADMIN_API_VERSION = "2025-07";
