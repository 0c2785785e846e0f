import { defineWebExtConfig } from "wxt";

// `wxt dev` would start a browser through web-ext; `npm start` (scripts/demo) launches one itself.
export default defineWebExtConfig({ disabled: true });
