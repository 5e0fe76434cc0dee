// How the search's late requests (the index, the theme's worker scripts) are asked for
// again while the link is down, a class server restarting: nav-shim.js, search-worker.js.
export const SEARCH_RETRY_MS = 2000; // small, rare requests: cheap to ask for again
export const SEARCH_RETRIES = 150; // five minutes
