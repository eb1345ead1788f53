import { describeViteApp } from './viteApp';

describeViteApp(18);
