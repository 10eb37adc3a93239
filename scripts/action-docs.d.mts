export const START: string;
export const END: string;
export function actionDocs(actionYml: string): string;
export function withActionDocs(readme: string, actionYml: string): Promise<string>;
