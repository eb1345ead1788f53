import { describeViteApp } from './viteApp';

describeViteApp(19);
