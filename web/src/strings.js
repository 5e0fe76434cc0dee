// The UI string catalogue: web/i18n/<lang>.json, chosen at build time (web/build.mjs) and
// shared with the site builder's templates.
import catalogue from "trainer-strings";

// t("verdict.test", {n: 3}) -> "Тест 3"
export function t(key, params = {}) {
  const text = catalogue[key];
  if (text === undefined) {
    console.warn(`missing UI string: ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
}
