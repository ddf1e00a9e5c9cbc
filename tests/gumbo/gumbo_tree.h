// gumbo's tree of a page, copied into sitrep's own tree type (read/html_tree.h), so that the
// readers can run on the tree of the full HTML5 algorithm and be compared with themselves on
// html_tree_builder's tree. Test and fuzz code only: gumbo is the oracle there, not a
// dependency of sitrep.
#pragma once

#include <memory>
#include <string_view>

#include "read/html_tree.h"

namespace sitrep {

// The tree gumbo builds from |html| as given (no prepass), comments left out.
std::unique_ptr<HtmlDocument> GumboHtmlTree(std::string_view html);

}  // namespace sitrep
