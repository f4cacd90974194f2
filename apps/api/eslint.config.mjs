import baseConfig from '../../eslint.config.mjs';
import { apiBoundaries } from '../../eslint.boundaries.mjs';

export default [...baseConfig, ...apiBoundaries];
