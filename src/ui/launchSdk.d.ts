/**
 * The one part of the Lightning SDK's start-up the app keeps: its settings, which the SDK Router reads its options
 * from (`lazyCreate`...). The SDK ships this module without typings.
 */
declare module '@lightningjs/sdk/src/Settings' {
  export function initSettings(appSettings: object, platformSettings: object): void;
}
