declare module '*?raw' {
  const text: string;
  export default text;
}
declare module '*?worker' {
  const WorkerFactory: new () => Worker;
  export default WorkerFactory;
}
