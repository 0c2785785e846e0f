/**
 * The style sheets of the badge and the chip as text, for a `<style>` inside their shadow roots.
 * They are imported as strings (`?inline`): the content script injects no style sheet into the page.
 */
import cardCss from "../ui/styles/card.css?inline";
import themeCss from "../ui/styles/theme.css?inline";
import badgeCss from "./badge.css?inline";
import chipCss from "./chip.css?inline";

export const BADGE_CSS = [themeCss, cardCss, badgeCss].join("\n");
export const CHIP_CSS = [themeCss, cardCss, chipCss].join("\n");
