/** The demo accounts' password in the e2e template database (seeded once by the global setup). */
export const DEMO_PASSWORD = 'e2e-demo-password';
