/** Loads tests/fixtures/distributions/power.json (made by make_power_fixtures.py). */
export { failures, loadFixture, type Check } from '../distributions/fixtures.ts';
