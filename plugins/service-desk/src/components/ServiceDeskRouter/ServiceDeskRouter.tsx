import { Route, Routes } from 'react-router-dom';
import { deskPaths } from '../../routes';
import { DeskPage } from '../DeskPage';
import { NewTicketForm } from '../NewTicketPage';
import { RosterPage } from '../RosterPage';
import { TicketPage } from '../TicketPage';

/** The desk page and the screens below it. */
export function ServiceDeskRouter() {
  return (
    <Routes>
      <Route path="/" element={<DeskPage />} />
      <Route path={deskPaths.mine} element={<DeskPage initialQueue="mine" />} />
      <Route path={deskPaths.newTicket} element={<NewTicketForm />} />
      <Route path={deskPaths.roster} element={<RosterPage />} />
      <Route path="tickets/:id" element={<TicketPage />} />
    </Routes>
  );
}
