// Page furniture: which elements of an HTML page, and which short lines of text, are not the
// article but what a site puts around it (navigation, headers and footers, related-article lists,
// comment sections, ads, share and subscribe widgets, cookie and paywall notices, gallery chrome,
// newsletter boxes, author bios, tag and category lists).
//
// An element is judged from what it says about itself: its tag, its ARIA role, the `hidden`
// attribute, and the words of its class and id ("share-bar",
// "relatedPosts", "comments-area"). A line of text is judged from its opening words ("Share
// this:", "Related articles", "Leave a reply", "Das könnte Sie auch interessieren").
//
// Not for: deciding where the article is. These are cues, and cues are wrong on some pages (a
// page wrapper classed "has-sidebar"); html_body weighs them against how much prose an element
// holds before it drops anything.
#pragma once

#include <cstdint>
#include <string_view>

#include "read/html_tree.h"

namespace sitrep {

enum class Furniture : uint8_t {
  kNone,
  kNavigation,    // menus, breadcrumbs, pagination, skip links
  kHeaderFooter,  // the site's header and footer, copyright lines
  kRelated,       // related, recommended, most-read lists; sidebars
  kComments,      // comment sections and reply forms
  kAd,            // advertisements and sponsored boxes
  kShare,         // share, follow and print buttons
  kNotice,        // cookie consent, paywall and other overlays
  kGallery,       // slideshow and carousel controls, thumbnails
  kNewsletter,    // newsletter and subscription boxes
  kBio,           // the author's biography box
  kMeta,          // tags, categories, post meta lines
  kWidget,        // forms, buttons and other controls
  kHidden,        // not shown to a reader
};

std::string_view FurnitureName(Furniture kind);

struct ElementCue {
  Furniture kind = Furniture::kNone;
  // The cue came from the words of the class or id, the weakest kind of cue; tags, roles and
  // hiding are what the markup means.
  bool from_words = false;
};

// What |element| says it is; kNone for text and for elements with no furniture cue. The class
// and id of <html>, <body>, <main> and <article> are not read: sites put page-state words there
// ("comments-open", "tag-politics") that say nothing about the element itself.
ElementCue ClassifyElement(const HtmlNode* element);

// Whether ClassifyElement(element).kind is kHidden, for the elements asked only that (the inline
// ones): only the `hidden` attribute or a class word that hides may make it so, and most
// elements have neither, so their words need not be classified.
bool IsHiddenElement(const HtmlNode* element);

// True when the element's class, id or itemprop marks it as an article's text ("article-body",
// "entry-content", itemprop="articleBody"): the cue that outweighs a furniture word beside it.
bool IsContentMarked(const HtmlNode* element);

// What a short line of text (a heading, a label, a one-line paragraph) announces, from its
// opening words, in English and German: kRelated for "Related articles", kShare for "Share
// this:", and so on; kNone for anything else. Lines longer than a label are never classified.
// White space in |text| counts as one space wherever it runs longer, so a block's text may be
// asked as the page has it.
Furniture ClassifyCueText(std::string_view text);

}  // namespace sitrep
