import { explainBounce } from "../../src/engine";
import { PopupApp } from "../../src/ui/apps/popup-app";
import { mountPage } from "../../src/ui/mount-page";

mountPage(<PopupApp explain={explainBounce} />, "extName");
