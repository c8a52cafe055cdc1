import { Content, Header, Page } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { demoUsers } from './demoUsers';

export type DemoUserPickerProps = {
  onPick(userRef: string): void;
  /** Why signing in as the previous choice failed. */
  error?: Error;
};

export function DemoUserPicker({ onPick, error }: DemoUserPickerProps) {
  return (
    <Page themeId="home">
      <Header
        title="演示登录 Demo sign-in"
        subtitle="选择演示用户 Choose a demo user"
      />
      <Content>
        {error && (
          <Typography paragraph color="error" role="alert">
            {`登录失败 Sign-in failed: ${reasonOf(error)}`}
          </Typography>
        )}
        <Typography paragraph>
          演示门户：任何人都可以登录为任何演示用户，退出后可重新选择。 This demo
          portal lets anyone sign in as any demo user; sign out to choose
          another.
        </Typography>
        <Grid container spacing={2}>
          {demoUsers.map(user => (
            <Grid item xs={12} sm={6} md={4} key={user.ref}>
              <Button
                fullWidth
                variant="outlined"
                style={{ textTransform: 'none', justifyContent: 'flex-start' }}
                onClick={() => onPick(user.ref)}
              >
                {`${user.name} — ${user.role}`}
              </Button>
            </Grid>
          ))}
        </Grid>
      </Content>
    </Page>
  );
}

// A failed sign-in is a ResponseError whose cause carries the backend's explanation.
function reasonOf(error: Error) {
  return error.cause instanceof Error ? error.cause.message : error.message;
}
