import { recordAClass } from './recordAClass';

console.log(await recordAClass());
