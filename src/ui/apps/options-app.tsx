/** The options page: per-site annotation and the badge style, saved as soon as they change. */
import { useEffect, useState } from "preact/hooks";
import { t } from "../../extension/i18n";
import {
  type BadgeStyle,
  loadSettings,
  type Settings,
  type SettingsChange,
  saveSettings,
  watchSettings,
} from "../../extension/settings";
import "../styles/theme.css";
import "../styles/visually-hidden.css";
import "../styles/panel.css";
import "../styles/options.css";

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    loadSettings().then(setSettings);
    // Another window (or a sync from another computer) may change them while this page is open.
    return watchSettings(setSettings);
  }, []);

  if (settings === null) return null;

  const change = async (update: SettingsChange) => {
    setSettings(await saveSettings(update));
    setSaved(true);
  };

  return (
    <main class="bl-options">
      <h1>{t("optionsTitle")}</h1>
      <fieldset>
        <legend>{t("optionsAnnotateLegend")}</legend>
        <label>
          <input
            type="checkbox"
            name="annotate-gmail"
            checked={settings.annotate.gmail}
            onChange={(event) => change({ annotate: { gmail: event.currentTarget.checked } })}
          />
          {t("optionsGmail")}
        </label>
        <label>
          <input
            type="checkbox"
            name="annotate-outlook"
            checked={settings.annotate.outlook}
            onChange={(event) => change({ annotate: { outlook: event.currentTarget.checked } })}
          />
          {t("optionsOutlook")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("optionsBadgeLegend")}</legend>
        <BadgeStyleChoice value="compact" label={t("optionsCompact")} settings={settings} onChange={change} />
        <BadgeStyleChoice value="detailed" label={t("optionsDetailed")} settings={settings} onChange={change} />
      </fieldset>
      <p class="bl-hint">{t("optionsPrivacy")}</p>
      <p role="status" class="bl-options-status">
        {saved ? t("optionsSaved") : ""}
      </p>
    </main>
  );
}

function BadgeStyleChoice({
  value,
  label,
  settings,
  onChange,
}: {
  value: BadgeStyle;
  label: string;
  settings: Settings;
  onChange: (change: SettingsChange) => void;
}) {
  return (
    <label>
      <input
        type="radio"
        name="badge-style"
        value={value}
        checked={settings.badgeStyle === value}
        onChange={() => onChange({ badgeStyle: value })}
      />
      {label}
    </label>
  );
}
