const match = (param) => param === "review";
export {
  match
};
