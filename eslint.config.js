// Lint rules: ESLint's and typescript-eslint's recommended sets, type-aware, plus no console
// in library code (commands print through their Io so tests can read what they say).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", "_site.*/", "node_modules/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js"] } },
    },
  },
  {
    // Tests mutate loosely typed copies of vendor data on purpose, to make it invalid.
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    files: ["src/lib/**/*.ts", "schema/**/*.ts"],
    rules: { "no-console": "error" },
  },
);
