// What the host tells the app. A TV has no server to fill this in; the browser emulator serves its own env.js.
window.TVPLAYER_ENV = window.TVPLAYER_ENV || {};
