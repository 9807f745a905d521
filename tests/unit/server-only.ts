// Stand-in for the 'server-only' marker in unit tests, which run outside React Server Components.
export {}
