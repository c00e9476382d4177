/** Loads tests/fixtures/dist/power.json (made by make_power_fixtures.py). */
export { failures, loadFixture, type Check } from '../dist/fixtures.ts';
