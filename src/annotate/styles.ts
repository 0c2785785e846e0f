/**
 * The style sheets of the badge and the chip as text, for their shadow roots (one shared adopted
 * sheet each, or a `<style>`: see shadow-mount.ts). They are imported as strings (`?inline`): the
 * content script injects no style sheet into the page.
 */
import cardCss from "../ui/styles/card.css?inline";
import themeCss from "../ui/styles/theme.css?inline";
import visuallyHiddenCss from "../ui/styles/visually-hidden.css?inline";
import badgeCss from "./badge.css?inline";
import chipCss from "./chip.css?inline";

export const BADGE_CSS = [themeCss, visuallyHiddenCss, cardCss, badgeCss].join("\n");
/** The chip needs none of the card's theme: its colours come from its row (see chip.css). */
export const CHIP_CSS = [visuallyHiddenCss, chipCss].join("\n");
