import type { settings as english } from '../en/settings';

/** German strings of the settings area. */
export const settings: Record<keyof typeof english, string> = {
  'settings.title': 'Einstellungen',
  'settings.hint': 'Links, Rechts oder OK ändert die Einstellung. Zurück kehrt zurück.',
  'settings.language': 'Sprache',
  'settings.clock': 'Uhrzeit',
  'settings.clock.24h': '24 Stunden',
  'settings.clock.12h': '12 Stunden',
  'settings.about': 'Über die App',
  'settings.about.open': 'Version und Gerät',
  'settings.about.hint': 'Zurück führt zu den Einstellungen.',
  'settings.about.version': 'Version',
  'settings.about.platform': 'Plattform',
  'settings.about.model': 'Modell',
  'settings.about.os': 'Systemversion',
  'settings.about.firmware': 'Firmware',
  'settings.about.memory': 'Arbeitsspeicher',
  'settings.about.memoryMb': '{mb} MB',
  'settings.about.webEngine': 'Web-Engine',
  'settings.about.engines': 'Wiedergabe',
  'settings.about.userAgent': 'User-Agent',
  'settings.about.unknown': 'Unbekannt',
  'settings.platform.tizen': 'Samsung Tizen',
  'settings.platform.webos': 'LG webOS',
  'settings.platform.browser': 'Webbrowser',
  'settings.saveFailed': 'Die Einstellung gilt jetzt, konnte aber nicht für den nächsten Start gespeichert werden.',
};
