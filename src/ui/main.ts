/** The page's entry: defines <likesim-app>, which index.html places. */
import "../scenario/zod-without-eval.js";
import "./likesim-app.js";
