#pragma once
// The static files of the shareable web map: the page, its style and its script (see
// WebMapPage.cpp for what the page does and the URL hash it answers to).

namespace ecotown::cli {

const char* webMapIndexHtml();
const char* webMapCss();
const char* webMapScript();

}  // namespace ecotown::cli
