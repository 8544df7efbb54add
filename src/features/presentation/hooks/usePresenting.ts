import { useSearchParams } from '../../../lib/url-state';
import { isPresenting } from '../present-url';

/** Whether the URL asks for the presentation (`?present=1`). */
export function usePresenting(): boolean {
  const [params] = useSearchParams();
  return isPresenting(params);
}
