// The bundled story as the schema reads it, checked at build time by vite.config.ts.
declare module 'virtual:bundled-dataset' {
  const data: import('./domain/datasetSchema').DatasetJson;
  export default data;
}
