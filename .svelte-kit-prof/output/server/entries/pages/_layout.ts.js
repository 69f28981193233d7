const prerender = true;
const trailingSlash = "never";
export {
  prerender,
  trailingSlash
};
