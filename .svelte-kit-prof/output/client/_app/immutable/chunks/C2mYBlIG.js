import { f as block, E as EFFECT_TRANSPARENT } from "./BdGrL1yA.js";
import { B as BranchManager } from "./B18YGV45.js";
function snippet(node, get_snippet, ...args) {
  var branches = new BranchManager(node);
  block(() => {
    const snippet2 = get_snippet() ?? null;
    branches.ensure(snippet2, snippet2 && ((anchor) => snippet2(anchor, ...args)));
  }, EFFECT_TRANSPARENT);
}
export {
  snippet as s
};
