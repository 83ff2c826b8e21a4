import type { player as english } from '../en/player';

/** German strings of the player area. */
export const player: Record<keyof typeof english, string> = {
  'player.loading': 'Wird geladen…',
  'player.buffering': 'Puffern…',
  'player.reconnecting': 'Neu verbinden {attempt}/{max}',
  'player.reconnectingSoon': 'Neu verbinden…',
  'player.paused': 'Angehalten',
  'player.now': 'JETZT',
  'player.next': 'DANACH',
  'player.noGuide': 'Keine Programminformationen',
  'player.minutesLeft': 'noch {minutes} Min.',
  'player.osdHelp': 'OK: Info    ◀ Sender    ▶ Ton, Untertitel, Bild    Zurück: Senderliste',
  'player.noChannel': 'Kein Sender {number}',
  'player.list.title': 'Sender',
  'player.list.help': 'OK: ansehen    Zurück: schließen',
  'player.tracks.title': 'Ton, Untertitel, Bild',
  'player.tracks.audio': 'Ton',
  'player.tracks.subtitles': 'Untertitel',
  'player.tracks.picture': 'Bild',
  'player.tracks.off': 'Aus',
  'player.tracks.none': 'Keine in diesem Stream',
  'player.tracks.track': 'Spur {number}',
  'player.tracks.help': 'OK: auswählen    Zurück: schließen',
  'player.aspect.fit': 'Einpassen',
  'player.aspect.fill': 'Bildschirm füllen',
  'player.aspect.zoom': 'Zoom',
  'player.aspect.wide': '16:9',
  'player.aspect.standard': '4:3',
  'player.failure.help': 'OK: erneut versuchen    Zurück: Senderliste    ▲▼ anderer Sender',
  'player.error.STREAM_FORBIDDEN': 'Dieses Konto wird vielleicht auf einem anderen Gerät genutzt.',
  'player.error.STREAM_FORBIDDEN.hint':
    'Beenden Sie die Wiedergabe auf dem anderen Gerät, warten Sie eine Minute und drücken Sie dann OK.',
  'player.error.STREAM_NOT_FOUND': 'Dieser Sender ist gerade nicht verfügbar.',
  'player.error.STREAM_NOT_FOUND.hint':
    'Er sendet vielleicht gerade nicht. Versuchen Sie es später oder wählen Sie einen anderen Sender.',
  'player.error.UNSUPPORTED_FORMAT': 'Dieses Gerät kann diesen Sender nicht abspielen.',
  'player.error.UNSUPPORTED_FORMAT.hint':
    'Wählen Sie einen anderen Sender oder fragen Sie Ihren Anbieter nach einer HLS-Version (m3u8).',
  'player.error.NETWORK': 'Der Sender konnte nicht geladen werden.',
  'player.error.NETWORK.hint': 'Prüfen Sie die Internetverbindung und drücken Sie dann OK.',
  'player.error.DECODE': 'Das Bild dieses Senders konnte nicht dekodiert werden.',
  'player.error.DECODE.hint':
    'Dieser Stream sendet ein Bild, das dieses Gerät nicht zeigen kann. Wählen Sie einen anderen Sender.',
  'player.error.TIMEOUT': 'Der Sender ist nicht rechtzeitig gestartet.',
  'player.error.TIMEOUT.hint': 'Der Anbieter ist vielleicht ausgelastet. Drücken Sie gleich noch einmal OK.',
};
