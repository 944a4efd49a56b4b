// <chart-figure> for pages that load it late, by dynamic import (the embed page's classic script, when the module
// script could not load): a module wrapper, because chartFigure.ts is a side-effect script without exports.
import "./chartFigure.ts";
export {};
