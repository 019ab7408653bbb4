import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { ReverseRechargeForm, type RechargeToReverse } from './ReverseRechargeForm';

/** A ledger line's way to its recharge's reversal: a button opening the reversal form in a dialog. */
export function ReverseRechargeButton({ recharge }: { recharge: RechargeToReverse }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="light" color="red" onClick={() => setOpen(true)} aria-label={`Reverse the recharge: ${recharge.description}, ${recharge.supported}`}>
        Reverse
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Reverse a recharge" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
        <ReverseRechargeForm recharge={recharge} />
      </Modal>
    </>
  );
}
