import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../auth/SessionProvider';
import { refusedCheck, type FileCheck, type ImportKind } from './import-kinds';

/** The file and its kind as the form holds them. */
export interface ChosenFile {
  file: File;
  /** Null: the kind is read from the file's header. */
  kind: ImportKind | null;
}

function upload(chosen: ChosenFile) {
  return {
    params: { query: chosen.kind === null ? {} : { kind: chosen.kind } },
    // The generated type says `string` for a binary field: the body is the FormData built below.
    body: { file: '' },
    bodySerializer: () => {
      const form = new FormData();
      form.append('file', chosen.file, chosen.file.name);
      return form;
    },
  };
}

/**
 * Checks a whole file (POST /imports/checks: nothing stored), then imports it (POST /imports: a job,
 * followed for its progress). Importing the same file twice stores nothing twice: each row is stored
 * under a key of its own.
 */
export function useImportFile() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [check, setCheck] = useState<FileCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = (): void => {
    setCheck(null);
    setJobId(null);
    setFailure(null);
  };

  const checkFile = async (chosen: ChosenFile): Promise<void> => {
    reset();
    setChecking(true);
    try {
      const answer = await api.POST('/imports/checks', upload(chosen));
      if (answer.data !== undefined) setCheck({ kind: 'good', fileKind: answer.data.kind, fileName: answer.data.fileName, sha256: answer.data.sha256, rows: answer.data.rows, alreadyImported: answer.data.alreadyImported });
      else if (answer.response.status === 400) setCheck(refusedCheck(answer.error));
      else setFailure(`The ledger answered ${answer.response.status}.`);
    } catch (error: unknown) {
      setFailure(`The ledger could not be reached: ${String(error)}`);
    } finally {
      setChecking(false);
    }
  };

  const importFile = async (chosen: ChosenFile): Promise<void> => {
    if (importing || jobId !== null) return;
    setImporting(true);
    setFailure(null);
    try {
      const answer = await api.POST('/imports', upload(chosen));
      if (answer.data !== undefined) {
        setJobId(answer.data.jobId);
        await queryClient.invalidateQueries({ queryKey: ['admin'] });
      } else if (answer.response.status === 400) setCheck(refusedCheck(answer.error));
      else setFailure(`The ledger answered ${answer.response.status}.`);
    } catch (error: unknown) {
      setFailure(`The ledger could not be reached: ${String(error)}`);
    } finally {
      setImporting(false);
    }
  };

  return { check, checking, importing, jobId, failure, reset, checkFile, importFile };
}
