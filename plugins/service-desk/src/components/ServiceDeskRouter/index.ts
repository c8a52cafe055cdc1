export { ServiceDeskRouter } from './ServiceDeskRouter';
