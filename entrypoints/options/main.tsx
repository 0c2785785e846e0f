import { OptionsApp } from "../../src/ui/apps/options-app";
import { mountPage } from "../../src/ui/mount-page";

mountPage(<OptionsApp />, "optionsTitle");
