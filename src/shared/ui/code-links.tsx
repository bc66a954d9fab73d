import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../paths';

/** Error codes as a list of links to their pages, with their meaning. */
export function CodeLinks({ codes }: { codes: readonly string[] }) {
  const { text, locale } = useI18n();
  return (
    <ul className="mt-2 space-y-1">
      {codes.map((code) => (
        <li key={code}>
          <Link className="link font-mono" to={paths.code(locale, code)}>
            {code}
          </Link>
          <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">{text.codes[code]?.meaning}</span>
        </li>
      ))}
    </ul>
  );
}
