import { explainBounce } from "../../src/engine";
import { selectionIdFromHash } from "../../src/extension/selection-handoff";
import { ExplainPageApp } from "../../src/ui/apps/explain-page-app";
import { mountPage } from "../../src/ui/mount-page";

mountPage(
  <ExplainPageApp explain={explainBounce} selectionId={selectionIdFromHash(location.hash)} />,
  "explainPageTitle",
);
