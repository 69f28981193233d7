// @ts-nocheck
import { loadAppData } from '$lib/server/load-data';
import type { PageServerLoad } from './$types';

export const load = () => loadAppData();
;null as any as PageServerLoad;