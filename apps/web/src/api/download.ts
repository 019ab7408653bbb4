/** Fetches a CSV the API answers for `path` with the user's token and saves it under the name the API gives. */
export async function downloadCsv(path: string, token: string | null): Promise<string> {
  return download(path, token, 'text/csv', 'download.csv');
}

/** Fetches JSON the API answers for `path` with the user's token and saves it as `fileName`. */
export async function downloadJson(path: string, token: string | null, fileName: string): Promise<string> {
  return download(path, token, 'application/json', fileName);
}

async function download(path: string, token: string | null, accept: string, fallbackName: string): Promise<string> {
  const response = await fetch(path, { headers: { Accept: accept, ...(token === null ? {} : { Authorization: `Bearer ${token}` }) } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
  return name;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
