/** A procedure's page, with what other features add to it: its own chunk, loaded with the page. */
import { ProcedurePage, procedureLoader } from '../features/procedures/procedure-page';
import { ProcedureExtras } from './procedure-extras';

export const procedureRoute = { loader: procedureLoader, element: <ProcedurePage After={ProcedureExtras} /> };
