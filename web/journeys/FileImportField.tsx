import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/errors.ts';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';

interface Props {
  label: string;
  hint: string;
  accept: string;
  /** Test id of the problem list. */
  errorTestId: string;
  /** Sends the file's text; returns the success message and the journey to open (if any). */
  upload: (text: string) => Promise<{ message: string; openId: string | undefined }>;
}

/**
 * A file field that imports journeys (Borgerblik JSON or CJML): the server parses the file, so every
 * problem comes back as one list, each naming its path in the file; on success the journey opens.
 */
export function FileImportField({ label, hint, accept, errorTestId, upload }: Props) {
  const id = useId();
  const [, navigate] = useLocation();
  const toast = useToast();
  const errorText = useErrorText();
  const [problem, setProblem] = useState<{ message: string; fields: string[] } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const { message, openId } = await upload(await file.text());
      toast({ message, tone: 'success' });
      if (openId) navigate(`/journeys/${openId}`);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields.map((f) => `${f.path}: ${f.message}`) : [];
      setProblem({ message: errorText(error), fields });
    }
  };
  return (
    <>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          void onFile(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      {problem && (
        <div className="alert alert-error" role="alert" data-testid={errorTestId}>
          <p>{problem.message}</p>
          <ul>
            {problem.fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
