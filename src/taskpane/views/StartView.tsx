import { useState } from 'react';
import { Body1, Button, Radio, RadioGroup, Field } from '@fluentui/react-components';
import { PRESETS } from '../../core/presets';
import { renumber } from '../../core/items/numbering';
import { PresetSummary } from '../components/PresetSummary';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import type { ViewProps } from './types';

/** First run: start new minutes from a preset, or check minutes already written. */
export function StartView({ stored, onStoredChange, navigate }: ViewProps) {
  const styles = useViewStyles();
  const [choosing, setChoosing] = useState(false);
  const [presetId, setPresetId] = useState(PRESETS[0]?.id ?? '');

  const usePreset = () => {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset) return;
    onStoredChange({
      ...stored,
      meeting: {
        ...stored.meeting,
        title: stored.meeting.title || preset.title,
        meetingType: preset.meetingType,
      },
      attendees: stored.attendees.length > 0 ? stored.attendees : preset.attendees,
      items: stored.items.length > 0 ? stored.items : renumber(preset.items),
      // The check applies this preset's house style to minutes started from it.
      preset: preset.id,
    });
    navigate('details');
  };

  return (
    <section className={styles.form} aria-labelledby="start-heading">
      <ViewHeading
        id="start-heading"
        intro="This document has no Minutebook minutes yet. How would you like to begin?"
      >
        Welcome to Minutebook
      </ViewHeading>
      {choosing ? (
        <div className={styles.form}>
          <Field label="Type of meeting">
            <RadioGroup value={presetId} onChange={(_, data) => setPresetId(data.value)}>
              {PRESETS.map((preset) => (
                <Radio
                  key={preset.id}
                  value={preset.id}
                  label={`${preset.name} (${preset.items.length} agenda items)`}
                />
              ))}
            </RadioGroup>
          </Field>
          {PRESETS.find((p) => p.id === presetId) ? (
            <PresetSummary preset={PRESETS.find((p) => p.id === presetId)!} />
          ) : null}
          <div className={styles.row}>
            <Button appearance="primary" onClick={usePreset}>
              Use this type and fill in the details
            </Button>
            <Button onClick={() => setChoosing(false)}>Back</Button>
          </div>
        </div>
      ) : (
        <div className={styles.form}>
          <Button appearance="primary" size="large" onClick={() => setChoosing(true)}>
            Start new minutes
          </Button>
          <Body1>Choose the type of meeting; its standard agenda fills the items list.</Body1>
          <Button size="large" onClick={() => navigate('review')}>
            Check existing minutes
          </Button>
          <Body1>Read minutes already in this document and list what needs fixing.</Body1>
        </div>
      )}
    </section>
  );
}
