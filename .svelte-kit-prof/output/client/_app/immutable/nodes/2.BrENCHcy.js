import { _ } from "../chunks/DEXUNtlg.js";
export {
  _ as component
};
