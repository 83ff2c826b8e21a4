export { NetworkError, isNetworkError, type NetworkErrorKind, type NetworkErrorDetails } from './errors';
export {
  createHttp,
  DEFAULT_HTTP_OPTIONS,
  type Http,
  type HttpOptions,
  type RequestInit,
  type RetryPolicy,
} from './http';
export { classifyFailure, kindOfFailure, isTransientFailure } from './classify';
