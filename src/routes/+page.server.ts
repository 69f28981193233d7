import { loadAppData } from '$lib/server/load-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => loadAppData();
