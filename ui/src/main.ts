import '@fontsource/noto-sans-hk/400.css';
import '@fontsource/noto-sans-hk/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { tauriBackend } from './api';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { backend: tauriBackend } });
